<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Contacts</name>
    <message>
        <source>Give the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization cannot belong to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact {id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name at the same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the contacts no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
