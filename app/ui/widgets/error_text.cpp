#include "widgets/error_text.h"

#include <QCoreApplication>

namespace Ui {

namespace {

QString sentence(Core::ErrorCode code)
{
    using C = Core::ErrorCode;
    switch (code) {
    case C::None:
        return QCoreApplication::translate("Ui::Errors", "No error");
    case C::InvalidArgument:
        return QCoreApplication::translate("Ui::Errors", "Invalid input");
    case C::FileNotReadable:
        return QCoreApplication::translate("Ui::Errors", "The file cannot be read");
    case C::NetworkError:
        return QCoreApplication::translate("Ui::Errors", "Network error");
    case C::HttpError:
        return QCoreApplication::translate("Ui::Errors", "The server answered with an error");
    case C::Timeout:
        return QCoreApplication::translate("Ui::Errors", "The server did not answer in time");
    case C::TooLarge:
        return QCoreApplication::translate("Ui::Errors", "The download is too large");
    case C::TooManyRedirects:
        return QCoreApplication::translate("Ui::Errors", "Too many redirects");
    case C::NotAFeed:
        return QCoreApplication::translate("Ui::Errors", "No feed was found at this address");
    case C::ParseError:
        return QCoreApplication::translate("Ui::Errors", "The feed could not be read");
    case C::DatabaseError:
        return QCoreApplication::translate("Ui::Errors", "Database error");
    case C::DatabaseCorrupt:
        return QCoreApplication::translate("Ui::Errors", "The database is damaged");
    case C::DiskFull:
        return QCoreApplication::translate("Ui::Errors", "The disk is full: the change was not saved");
    case C::ReadOnlyDatabase:
        return QCoreApplication::translate(
            "Ui::Errors", "The database cannot be written (a read-only profile): the change was not saved");
    case C::NotFound:
        return QCoreApplication::translate("Ui::Errors", "Not found");
    case C::Duplicate:
        return QCoreApplication::translate("Ui::Errors", "Already there");
    case C::NoWebPage:
        return QCoreApplication::translate("Ui::Errors", "The story links to no web page");
    case C::NotAWebPage:
        return QCoreApplication::translate("Ui::Errors", "The link leads to something other than a web page");
    case C::NotAnArticle:
        return QCoreApplication::translate("Ui::Errors", "The page holds no article");
    case C::CertificateError:
        return QCoreApplication::translate("Ui::Errors", "The site's security certificate was refused");
    case C::HostNotFound:
        return QCoreApplication::translate("Ui::Errors", "The server's name was not found");
    case C::ConnectionLost:
        return QCoreApplication::translate("Ui::Errors", "The connection to the server broke off");
    case C::Unknown:
        break;
    }
    return QCoreApplication::translate("Ui::Errors", "Unknown error");
}

} // namespace

QString errorText(Core::ErrorCode code, const QString &detail)
{
    const QString text = sentence(code);
    if (detail.isEmpty())
        return text;
    return QCoreApplication::translate("Ui::Errors", "%1: %2", "an error and its detail").arg(text, detail);
}

QString errorText(const Core::Error &error)
{
    return errorText(error.code, error.detail);
}

QString remoteErrorText(const Sync::RemoteError &error)
{
    using Kind = Sync::RemoteError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::WrongPassword:
        return QCoreApplication::translate("Ui::Errors", "The server did not accept this user name and password.");
    case Kind::ApiDisabled:
        return QCoreApplication::translate("Ui::Errors",
            "This user may not use the API. Sign in to Tiny Tiny RSS in a web browser, open "
            "Preferences, turn on “Enable API” (under General) and save, then try again.");
    case Kind::Unreachable:
        return error.detail.isEmpty() ? QCoreApplication::translate(
                   "Ui::Errors", "The server could not be reached. Check the address and the network.")
                                      : QCoreApplication::translate("Ui::Errors",
                                          "The server could not be reached (%1). Check the address and the network.")
                                            .arg(error.detail);
    case Kind::SessionExpired:
        return QCoreApplication::translate("Ui::Errors", "The server ended the session and signing in again failed.");
    case Kind::HttpError:
        return QCoreApplication::translate("Ui::Errors",
            "The server answered with HTTP status %1. Check that the address is the one of "
            "Tiny Tiny RSS itself (the page you sign in on).")
            .arg(error.detail);
    case Kind::BadReply:
        return QCoreApplication::translate(
            "Ui::Errors", "The server's reply was not one of Tiny Tiny RSS (%1). Check the address.")
            .arg(error.detail);
    case Kind::Refused:
        if (error.detail == QLatin1String("FEED_NOT_FOUND"))
            return QCoreApplication::translate("Ui::Errors", "The server no longer has this feed. Sync to catch up.");
        if (error.detail == QLatin1String("CATEGORY_NOT_FOUND"))
            return QCoreApplication::translate("Ui::Errors", "The server no longer has this folder. Sync to catch up.");
        return QCoreApplication::translate("Ui::Errors", "The server refused: %1").arg(error.detail);
    }
    return {};
}

} // namespace Ui
