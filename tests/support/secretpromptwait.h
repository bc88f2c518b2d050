// SPDX-FileCopyrightText: 2026 The Skylight developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "widgets/secretprompt.h"

#include <QApplication>
#include <QTest>

namespace Skylight::Test {

// The secret prompt the window shows (a dialog of its own), once it is visible; null after `ms`.
// For the GUI tests that link skylight-ui.
inline SecretPrompt* waitForSecretPrompt(int ms)
{
    SecretPrompt* prompt = nullptr;
    (void)QTest::qWaitFor(
        [&prompt] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* found = widget->findChild<SecretPrompt*>(); found && found->isVisible())
                    prompt = found;
            }
            return prompt != nullptr;
        },
        ms);
    return prompt;
}

} // namespace Skylight::Test
