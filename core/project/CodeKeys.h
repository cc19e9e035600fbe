#pragma once

#include "common/Result.h"

#include <QMap>

namespace marginalia {

class Project;

// The number keys 1–9 the user assigned to codes, kept in the project (project_info rows
// "code_key.<n>" holding the code's GUID; no schema change), so they stay the same across codings,
// sessions and computers. A code has at most one key. A key whose code is gone (deleted, merged) is
// not reported; undoing the deletion brings the code back with its GUID, and so its key.
class CodeKeys
{
public:
    static constexpr int kFirstKey = 1;
    static constexpr int kLastKey = 9;

    explicit CodeKeys(Project &project) : m_project(project) {}

    // Key -> code id, for the keys whose code exists.
    Result<QMap<int, qint64>> assigned();
    // Gives the key to the code (codeId 0: the key is cleared); the code's other key, if any, is
    // cleared. Journaled; one transaction (joining the caller's).
    Result<void> assign(int key, qint64 codeId);

    static bool isValidKey(int key) { return key >= kFirstKey && key <= kLastKey; }

private:
    Project &m_project;
};

} // namespace marginalia
