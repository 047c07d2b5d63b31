<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export everything about a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .json or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a contact&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>really erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list overdue article 14 notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that the notice was sent today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file ending in .json or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased contact {id}: {notes} notes removed, {leads} leads kept anonymously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked {count} contacts as informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} article 14 notices overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or erase a person&apos;s data; article 14 notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
