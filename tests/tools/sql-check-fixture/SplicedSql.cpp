// Not compiled: the input that proves check_sql_binding.py finds SQL built
// from values (the test that runs it on this folder expects a failure).
void removeByName(const QSqlDatabase &db, const QString &name, qint64 id)
{
    Sql::exec(db, QStringLiteral("DELETE FROM camps WHERE name = '%1'").arg(name));
    Sql::exec(db, QStringLiteral("SELECT * FROM camps WHERE id = ") + QString::number(id));
}
