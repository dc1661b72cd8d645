#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Core {
class Store;
}

// tidings-cli commands. Each takes the arguments after the command name
// (global options such as --profile already removed) and returns the exit
// code: 0 all fine, 1 some input failed (the rest still processed), 2 usage.
namespace Cli {

enum ExitCode { Success = 0, SomeFailed = 1, Usage = 2 };

struct Context {
    QString profileDir; // from --profile or TIDINGS_PROFILE; empty: the default location
};

int parseFeed(const Context &context, const QStringList &args); // cmd_parse_feed.cpp
int extract(const Context &context, const QStringList &args); // cmd_extract.cpp
int importOpml(const Context &context, const QStringList &args); // cmd_store_io.cpp
int exportOpml(const Context &context, const QStringList &args); // cmd_store_io.cpp
int add(const Context &context, const QStringList &args); // cmd_store.cpp
int refresh(const Context &context, const QStringList &args); // cmd_store.cpp
int list(const Context &context, const QStringList &args); // cmd_store_io.cpp
int mark(const Context &context, const QStringList &args); // cmd_mark.cpp
int generateProfile(const Context &context, const QStringList &args); // cmd_scale.cpp
int search(const Context &context, const QStringList &args); // cmd_scale.cpp
int applyRetention(const Context &context, const QStringList &args); // cmd_scale.cpp
int account(const Context &context, const QStringList &args); // cmd_account.cpp
int sync(const Context &context, const QStringList &args); // cmd_account.cpp

QTextStream &out();
QTextStream &err();

// The profile's store, opened for writing (checked and migrated); on failure
// says why on stderr and returns null. Every command that needs the store
// opens it here (cmd_store.cpp).
std::unique_ptr<Core::Store> openStore(const Context &context);

} // namespace Cli
