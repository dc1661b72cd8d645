#pragma once

// Runs the built tidings-cli as its own process, for the CLI tests.

#include "test_support.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace TestSupport {

struct CliRun {
    int exitCode = -1; // -1: did not start, crashed or was killed after the time limit
    QByteArray stdoutBytes;
    QString out; // stdout as text
    QString err; // stderr as text
};

// Waits with the event loop running, so that a server in this process can
// answer the CLI; a run that takes over `limitMs` is killed.
inline CliRun runCli(const QStringList &args,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int limitMs = 60'000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(cliPath());
    process.setArguments(args);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun run;
    if (!process.waitForStarted(10'000))
        return run;
    if (process.state() != QProcess::NotRunning && finished.isEmpty() && !finished.wait(limitMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stdoutBytes = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.stdoutBytes);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace TestSupport
