// The database a server test runs on. CTest registers each server test twice (tests/server/
// CMakeLists.txt): the plain run uses a SQLite file in the test's data directory; the _pg run sets
// LYCEUM_TEST_BACKEND=postgresql and each TestDatabase is then a fresh schema in the throwaway
// cluster whose maintenance URL is LYCEUM_TEST_POSTGRES (scripts/ci/postgres.sh, started by
// scripts/ci/tests-in-session.sh). A _pg run without that URL fails under CI=true and is skipped
// (exit code 77, CTest's SKIP_RETURN_CODE) elsewhere.
#pragma once

#include <QString>
#include <QVariant>

namespace lyceum::test {

class TestDatabase {
public:
    // fresh = false: no database of its own (a harness on another harness's database).
    explicit TestDatabase(bool fresh = true);
    ~TestDatabase(); // drops the schema (PostgreSQL)
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool wantsPostgres();
    // The cluster's maintenance URL (LYCEUM_TEST_POSTGRES), empty when not set.
    static QString clusterUrl();
    // Exits the process (77: skip, 1: CI) when a _pg run has no cluster. Called before any test.
    static void requireBackend();

    // The first value of one query on the cluster's maintenance database (a connection of its
    // own); invalid on failure.
    static QVariant clusterScalar(const QString &sql);

    bool postgres() const { return !m_schema.isEmpty(); }
    QString schema() const { return m_schema; }
    // A --database URL: sqlite:DIR/lyceum-server.sqlite3, or the cluster with schema=<fresh>.
    QString url(const QString &dataDir) const;

private:
    QString m_schema;
};

} // namespace lyceum::test
