<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Errors</name>
    <message>
        <source>SalesDesk</source>
        <translation>SalesDesk</translation>
    </message>
</context>
</TS>
