// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "image/imagepage.h"
#include "image/imagerecord.h"
#include "net/httpresponse.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <utility>

// What every fuzz target shares. A target is one file fuzz_<target>.cpp with LLVMFuzzerTestOneInput,
// whose first comment says what its input is; its seeds (and every input that once crashed it)
// are in tests/fuzz/corpus/<target>/.
namespace Skylight::Fuzz {

// Once per process: Qt's own warnings silenced (a fuzzer runs millions of inputs).
void initialize();

// The input as a QByteArray: a copy, NUL-terminated like every payload Qt hands the parsers.
QByteArray bytes(const uint8_t* data, size_t size);

// The first byte of the input chooses a variant (list or show, a dialect...); the rest is the
// document. Seeds start with an ASCII digit, '0' choosing variant 0.
struct Choice
{
    unsigned selector = 0;
    QByteArray rest;
};
Choice choose(const uint8_t* data, size_t size);

// `input` split at the first `separator`: (input, {}) when there is none.
std::pair<QByteArray, QByteArray> splitAt(const QByteArray& input, QByteArrayView separator);

// "Name: value" lines (CRLF or LF) as the raw headers of a response head.
RawHeaderList headerLines(const QByteArray& text);

// What the apps do with a parsed record: its JSON (CLI -f json, exports) and the redacted raw
// payload (-f raw, the Raw tab). A crash or sanitizer report there counts as well.
void use(const ImageRecord& record);

// use() of every image of a listing page, after checking what a page promises: every image has a
// non-empty id, no id twice, and the entries left out are counted with at most
// SkippedEntries::kMaxReasons reasons.
void use(const ImagePage& page);

// A broken promise of the code under test: says which and aborts, so that libFuzzer keeps the input.
[[noreturn]] void fail(const char* what);

} // namespace Skylight::Fuzz
