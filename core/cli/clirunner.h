#pragma once

#include "clioptions.h"

#include <QObject>

class QIODevice;

namespace Skylight {

class ImageAdapter;
struct ApiError;

// Runs one CLI command against an adapter and reports the exit status through finished().
// Output goes to `out` (results) and `err` (one `error:` line per failure), both injected.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(ImageAdapter* adapter, CliOptions options, QIODevice* out, QIODevice* err,
              QObject* parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runList();
    void runShow();
    void fail(const ApiError& error);
    void done(int exitCode);
    void write(QIODevice* device, const QString& text);

    ImageAdapter* m_adapter;
    CliOptions m_options;
    QIODevice* m_out;
    QIODevice* m_err;
};

} // namespace Skylight
