<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Demo</name>
    <message>
        <source>The funnel needs open, won and lost stages for demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of leads must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 1,000,000 demo leads at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
