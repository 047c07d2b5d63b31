<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Lead score 0–100: hover a score to see why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All temperatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished">Liidit</translation>
    </message>
    <message>
        <source>{what}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of {n} leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner of {n} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage for {n} leads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add (comma-separated); prefix with - to remove, e.g. vip, -old:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tags of {n} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {n} selected leads in turn to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute {n} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} leads with their history, follow-ups and notes? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
