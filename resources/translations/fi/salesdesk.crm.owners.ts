<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Owners</name>
    <message>
        <source>Give the team member a name.</source>
        <translation>Anna myyjälle nimi.</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters long.</source>
        <translation>Nimessä voi olla enintään {limit} merkkiä.</translation>
    </message>
    <message>
        <source>Initials are one to four letters or digits, for example AV.</source>
        <translation>Nimikirjaimia on yhdestä neljään kirjainta tai numeroa, esimerkiksi AV.</translation>
    </message>
    <message>
        <source>Give the colour as #rrggbb, for example #1e88e5.</source>
        <translation>Anna väri muodossa #rrggbb, esimerkiksi #1e88e5.</translation>
    </message>
    <message>
        <source>No team member called “{name}”.</source>
        <translation>Myyjää ”{name}” ei löydy.</translation>
    </message>
    <message>
        <source>There is already a team member called “{name}”.</source>
        <translation>Myyjä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <source>Hand the leads to someone else.</source>
        <translation>Siirrä liidit jollekulle toiselle.</translation>
    </message>
    <message>
        <source>{name} is not an active team member.</source>
        <translation>{name} ei ole aktiivinen myyjä.</translation>
    </message>
</context>
</TS>
