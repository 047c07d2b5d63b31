<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Board</name>
    <message>
        <source>That funnel stage no longer exists.</source>
        <translation>Tätä myyntiputken vaihetta ei enää ole.</translation>
    </message>
    <message>
        <source>A lead on the board was deleted meanwhile. Refresh the board.</source>
        <translation>Taululla ollut liidi poistettiin sillä välin. Päivitä taulu.</translation>
    </message>
    <message>
        <source>No cards to move.</source>
        <translation>Ei siirrettäviä kortteja.</translation>
    </message>
    <message>
        <source>Moving a lead to won or lost asks for its details first.</source>
        <translation>Liidin siirto voitetuksi tai hävityksi kysyy ensin tiedot.</translation>
    </message>
    <message>
        <source>This move cannot be undone: its stage was deleted.</source>
        <translation>Siirtoa ei voi perua: sen vaihe on poistettu.</translation>
    </message>
    <message>
        <source>Type a title and a contact for the new lead.</source>
        <translation>Kirjoita uudelle liidille otsikko ja yhteyshenkilö.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name for the new lead.</source>
        <translation>Kirjoita uuden liidin yhteyshenkilön nimi.</translation>
    </message>
    <message>
        <source>New leads start in an open stage.</source>
        <translation>Uudet liidit aloittavat avoimesta vaiheesta.</translation>
    </message>
</context>
</TS>
