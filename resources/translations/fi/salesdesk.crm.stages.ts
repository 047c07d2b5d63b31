<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Stages</name>
    <message>
        <source>That funnel stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage name can be at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a stage called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probability is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Stale after&apos; is a number of days from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage kind: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of stages changed meanwhile. Open the dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the stage where the {count} leads of {name} go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {name} was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot be both kept and deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages cannot have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
