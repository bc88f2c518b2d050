// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#include "settings/storedtransfer.h"

#include <QSet>

namespace Skylight {

QList<StoredTransfer> mergeStoredTransfers(const QList<StoredTransfer>& file,
                                           const QList<StoredTransfer>& known,
                                           const QList<StoredTransfer>& now)
{
    QSet<QString> knownTargets;
    for (const StoredTransfer& transfer : known)
        knownTargets.insert(transfer.targetPath);
    QSet<QString> inFile;
    for (const StoredTransfer& transfer : file)
        inFile.insert(transfer.targetPath);
    QHash<QString, qsizetype> held; // target -> index in `now`
    for (qsizetype i = 0; i < now.size(); ++i)
        held.insert(now.at(i).targetPath, i);

    QList<StoredTransfer> merged;
    QSet<QString> written;
    for (const StoredTransfer& transfer : file) {
        const QString& target = transfer.targetPath;
        if (written.contains(target))
            continue; // twice in the file: once is enough
        if (const auto it = held.constFind(target); it != held.cend()) {
            merged.append(now.at(*it));
            written.insert(target);
        } else if (!knownTargets.contains(target)) {
            merged.append(transfer); // another writer's
            written.insert(target);
        } // else: this writer's no longer
    }
    for (const StoredTransfer& transfer : now) {
        const QString& target = transfer.targetPath;
        if (written.contains(target))
            continue;
        if (knownTargets.contains(target) && !inFile.contains(target))
            continue; // removed by another writer since this one read it
        merged.append(transfer);
        written.insert(target);
    }
    return merged;
}

} // namespace Skylight
