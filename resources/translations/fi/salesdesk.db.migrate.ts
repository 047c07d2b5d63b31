<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>{name} was made by an older SalesDesk and is read-only, so it cannot be upgraded; open it once with write access.</source>
        <translation>{name} on tehty SalesDeskin vanhemmalla versiolla ja on vain luku -tilassa, joten sitä ei voi päivittää; avaa se kerran kirjoitusoikeuksin.</translation>
    </message>
    <message>
        <source>The database {name} is damaged: {problem}. Restore a backup with: salesdesk restore BACKUP</source>
        <translation>Tietokanta {name} on vioittunut: {problem}. Palauta varmuuskopio komennolla: salesdesk restore VARMUUSKOPIO</translation>
    </message>
    <message>
        <source>{name} belongs to another program, not SalesDesk; SalesDesk left it untouched.</source>
        <translation>{name} kuuluu toiselle ohjelmalle eikä SalesDeskille; SalesDesk ei koskenut siihen.</translation>
    </message>
    <message>
        <source>its version table (alembic_version) is missing</source>
        <translation>sen versiotaulu (alembic_version) puuttuu</translation>
    </message>
    <message>
        <source>its version table (alembic_version) is empty</source>
        <translation>sen versiotaulu (alembic_version) on tyhjä</translation>
    </message>
    <message>
        <source>its version table (alembic_version) has {count} rows instead of one</source>
        <translation>sen versiotaulussa (alembic_version) on {count} riviä yhden sijaan</translation>
    </message>
    <message>
        <source>its version table (alembic_version) holds {value!r}</source>
        <translation>sen versiotaulussa (alembic_version) on arvo {value!r}</translation>
    </message>
    <message>
        <source>This database was made by a newer SalesDesk (version {version}); install that version.</source>
        <translation>Tämä tietokanta on tehty SalesDeskin uudemmalla versiolla ({version}); asenna se versio.</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>taulu {table} puuttuu</translation>
    </message>
    <message>
        <source>the column {column} of the table {table} is missing</source>
        <translation>taulun {table} sarake {column} puuttuu</translation>
    </message>
</context>
</TS>
