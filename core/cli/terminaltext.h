#pragma once

// terminalSafe() lives in core/net (net/terminaltext.h): the log lines of skylight-core escape
// server text with it too. Kept for the includes of the CLI that still name it here.
#include "net/terminaltext.h"
