<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Add follow-up</source>
        <translation>Lisää seuranta</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Ajankohta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <source>Re&amp;visit on:</source>
        <translation>&amp;Palaa asiaan:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Plan asking for a referral in</source>
        <translation>Suunnittele suosittelupyyntö</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivän päähän</translation>
    </message>
    <message>
        <source>Final &amp;value:</source>
        <translation>Lopullinen &amp;arvo:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Suljettu:</translation>
    </message>
</context>
</TS>
