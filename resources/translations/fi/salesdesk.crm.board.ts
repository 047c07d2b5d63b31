<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Board</name>
    <message>
        <source>That funnel stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead on the board was deleted meanwhile. Refresh the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a lead to won or lost asks for its details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a title and a contact for the new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the contact&apos;s name for the new lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads start in an open stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
