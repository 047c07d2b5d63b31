<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>Column {letter}</source>
        <translation>Sarake {letter}</translation>
    </message>
</context>
</TS>
