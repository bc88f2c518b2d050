// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace Skylight {

// Why an image is unsafe (or does not match what it was declared as). The text is a translated
// sentence for people; the kind is for code (tests, badges).
struct InspectionProblem
{
    enum class Kind
    {
        BackingFile,        // qcow2/qed backing file: the hypervisor opens another file
        DataFile,           // qcow2 external data file
        UnknownFeatures,    // qcow2 incompatible features nobody knows
        Corrupt,            // qcow2 marked corrupt
        UnsupportedVersion, // a version of the format qemu and Glance refuse
        UnsupportedFormat,  // a format refused whatever it holds (qed)
        CreateType,         // vmdk createType other than monolithicSparse / streamOptimized
        ExtentPath,         // vmdk extent naming a path
        Descriptor,         // vmdk descriptor outside its limits or not understood
        Footer,             // streamOptimized vmdk footer missing or disagreeing with the header
        ParentDisk,         // a differencing disk (vmdk parentFileNameHint, vhd/vhdx/vdi parent)
        PartitionTable,     // MBR / protective MBR checks
        Polyglot,           // the bytes match two formats at once
        Truncated,          // the stream ended inside a header
        Invalid,            // an absurd or inconsistent header field
        FormatMismatch,     // the content is not the declared format
        Incomplete,         // the reader stopped before the verdict was complete (no ranges, a cap)
        HeaderTooLarge,     // the header needs more than the inspector holds: not inspected
    };
    Kind kind;
    QString text;

    // A stable name for each kind ("backing_file"), for files and code; never translated.
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    friend bool operator==(const InspectionProblem&, const InspectionProblem&) = default;
};

// What an inspection found. JSON (toJson) has exactly the keys format, virtual_size,
// declared_format, matches_declared, safe, problems, bytes_read and details.
struct InspectionResult
{
    QString format;                      // raw, qcow2, qcow, qed, vmdk, vhd, vhdx, vdi, iso, gpt, luks
    std::optional<qint64> virtualSize;   // bytes; none when unknown or absurd
    QString declaredFormat;              // as declared (disk_format); empty: nothing declared
    std::optional<bool> matchesDeclared; // none when nothing was declared
    bool safe = false;                   // no problem with the content itself
    QList<InspectionProblem> problems;   // content problems, then a format mismatch if any
    qint64 bytesRead = 0;                // bytes the inspector was given
    QVariantMap details;                 // format specifics: version, cluster_size, backing_file...

    bool hasProblem(InspectionProblem::Kind kind) const;
    QStringList problemTexts() const;
    // safe and (nothing declared or matching): what exit status 0 means.
    bool acceptable() const { return safe && matchesDeclared.value_or(true); }
    // How toJson() gives the problems: sentences (what `skylight-cli inspect -f json` prints), or
    // objects {"kind": kindKey, "text": sentence} that keep their kind (the verdict cache).
    enum class ProblemForm
    {
        Sentences,
        WithKinds,
    };
    QJsonObject toJson(ProblemForm form = ProblemForm::Sentences) const;
    // The inverse of toJson() (either form), for JSON read back from a file: none when a key
    // has the wrong type or a value is out of bounds (a hostile file). A problem given as a bare
    // sentence has no kind to keep: it reads as Invalid.
    static std::optional<InspectionResult> fromJson(const QJsonObject& json);
};

} // namespace Skylight
