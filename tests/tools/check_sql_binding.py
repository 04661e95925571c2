#!/usr/bin/env python3
"""Fails when SQL is built by splicing values into its text.

Every statement must take its values as bound parameters (?). This reads
every C++ file under the given folders, finds each statement (up to its
semicolon) holding a string literal that starts like SQL, and reports it
when the SQL text is joined with anything but other literals: `.arg(...)`,
`+ name`, `% name`, `QString::number`, ... Names in ALLOWED are our own
constant SQL fragments (never user data), each with the reason it is safe.

  check_sql_binding.py FOLDER...     exit 1 and a file:line list on findings
"""
import os
import re
import sys

# Our SQL is written in capitals; "Delete %1" in a tr() is not SQL.
SQL_START = re.compile(r'"\s*(SELECT \S|INSERT INTO|UPDATE \w+ SET|DELETE FROM|REPLACE INTO|CREATE (TABLE|INDEX|UNIQUE|VIEW|TRIGGER)'
                       r'|DROP (TABLE|INDEX|VIEW|TRIGGER)|ALTER TABLE|PRAGMA \w|WITH \w+ AS|VACUUM|ATTACH)')
LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String|u|QString::fromLatin1)?\s*\(?\s*"(?:[^"\\]|\\.)*"\s*\)?')

# Fragments that may be joined to SQL: our constants and placeholder
# builders, never a value from a user or a file.
ALLOWED = {
    'countedKinds': "a constant list of message kinds ('text', 'media', 'checkin')",
    'personFilter': "returns ' AND column IN (?, ?, ...)' and binds the ids",
    'deleteFilter': 'a personFilter() result', 'messageFilter': 'a personFilter() result',
    'checkInFilter': 'a personFilter() result',
    'messagesOfCamp': "returns 'm.camp_id = ?' or '+m.camp_id = ?' and the camp id is bound",
    'campTable.table': 'table names from Schema::campTables(), a constant list',
    'campTable.condition': 'conditions from Schema::campTables(), constants with ? placeholders',
    "table.columns.join(u'": "column names read from our own tables' records by CampRepository::snapshot",
    "')": "the separator of the join above",
    'placeholders': 'a row of ? placeholders, one per column',
    'table.name': 'table names from Schema::campTables(), a constant list',
    'table.where': 'WHERE clauses from Schema::campTables(), constants with ? placeholders',
    'schemaTable': 'a table name from PostgresSchema::tables(), our schema in order (WorkspaceTransfer)',
    'columnList': "column names from our own schema: a repository's constant list, or read from the record of one"
                  ' of our tables (WorkspaceTransfer)',
    'valueRows': 'rows of ? placeholders, one per column',
    'repositoryTable': "a repository's own constant table name (Sql::insertRow)",
    'identityTable': "an identity column's table in our schema, from information_schema (WorkspaceTransfer)",
    'identityColumn': 'that identity column',
    'version': 'PRAGMA user_version cannot be bound; the number is the migration step, not input',
    'Schema::ApplicationId': 'PRAGMA application_id cannot be bound; a compile-time constant',
    'm_stagedTable': "StagedTable's temporary table: campdesk_staged_ and a constant name StagedRows gives it (chat import)",
    'stagedColumns': "StagedTable's constant column list, given with its table by StagedRows",
    'stagedFrom': 'the constant table name StagedRows gives a StagedTable, whose columns the temporary table takes',
    'stagedInto': 'that same constant table name, into which the staged rows move',
    'historyMatching': "HistoryLog's constant filter conditions, with ? placeholders",
    'pageOrder': "HistoryLog's constant ORDER BY … LIMIT ? of a page, oldest or newest first",
    'cacheSize': 'PRAGMA cache_size cannot be bound; a size of ours or the one SQLite reported (ScopedCacheSize)',
}


def statements(text):
    """(line number, statement text) of each ;-terminated statement, with
    comments blanked so that their words are not read as code."""
    text = re.sub(r'//[^\n]*', lambda m: ' ' * len(m.group(0)), text)
    text = re.sub(r'/\*.*?\*/', lambda m: re.sub(r'[^\n]', ' ', m.group(0)), text, flags=re.S)
    start = 0
    in_string = False
    escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == '\\':
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in ';{}':
            yield text.count('\n', 0, start) + 1, text[start:index]
            start = index + 1


def spliced(statement):
    """What is joined to the SQL text that is not a literal or allowed."""
    if not SQL_START.search(statement):
        return []
    problems = []
    for match in re.finditer(r'\.arg\(([^()]*(?:\([^()]*\)[^()]*)*)\)', statement):
        for argument in (part.strip() for part in match.group(1).split(',')):
            if argument and argument not in ALLOWED and not LITERAL.fullmatch(argument):
                problems.append(f'.arg({argument})')
    for match in re.finditer(r'(?:\+|%)\s*([A-Za-z_][\w:.]*(?:\([^()]*\))?)', statement):
        name = match.group(1)
        base = name.split('(')[0]
        if base not in ALLOWED and not base.startswith(('QStringLiteral', 'QLatin1String')):
            problems.append(f'+ {name}')
    return problems


def main(folders):
    findings = []
    files = 0
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in sorted(names):
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.join(root, name)
                files += 1
                with open(path, encoding='utf-8') as source:
                    text = source.read()
                for line, statement in statements(text):
                    for problem in spliced(statement):
                        findings.append(f'{path}:{line}: SQL joined with {problem}: bind it as a ? parameter')
    for finding in findings:
        print(finding)
    print(f'{files} files checked, {len(findings)} SQL statement(s) built from values')
    return 1 if findings or files == 0 else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
