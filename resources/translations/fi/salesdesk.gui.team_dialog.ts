<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Deactivate {name}</source>
        <translation>Poista käytöstä: {name}</translation>
    </message>
    <message>
        <source>{name} will no longer be offered for new leads. Their {count} open leads and their open follow-ups can stay with them or go to someone else; won and lost deals stay theirs.</source>
        <translation>Myyjää {name} ei enää tarjota uusille liideille. Hänen {count} avointa liidiään ja avoimet seurantansa voivat jäädä hänelle tai siirtyä toiselle; voitetut ja hävityt kaupat jäävät hänelle.</translation>
    </message>
    <message>
        <source>Nobody: the leads stay with {name}</source>
        <translation>Ei kenellekään: liidit jäävät myyjälle {name}</translation>
    </message>
    <message>
        <source>&amp;Hand open leads to:</source>
        <translation>&amp;Siirrä avoimet liidit:</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>e.g. AV</source>
        <translation>esim. AV</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Nimikirjaimet:</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team members</source>
        <translation>Myyjät</translation>
    </message>
    <message>
        <source>The people who sell. Leads, follow-ups and imports are given to them; “me” is the person at this computer.</source>
        <translation>Myyntiä tekevät ihmiset. Liidit, seurannat ja tuonnit merkitään heille; ”minä” on tämän tietokoneen käyttäjä.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Nimikirjaimet</translation>
    </message>
    <message>
        <source>Open leads</source>
        <translation>Avoimet liidit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>&amp;Initials…</source>
        <translation>&amp;Nimikirjaimet…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Väri…</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Tämä olen &amp;minä</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Poista käytöstä…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
        <source> (me)</source>
        <translation> (minä)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ei aktiivinen</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Lisää myyjä</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Uusi nimi, {name}:</translation>
    </message>
    <message>
        <source>Initials for {name}:</source>
        <translation>Nimikirjaimet, {name}:</translation>
    </message>
    <message>
        <source>Colour for {name}</source>
        <translation>Väri: {name}</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Kuka olet?</translation>
    </message>
    <message>
        <source>SalesDesk gives your new leads and follow-ups to you and shows “my” leads first. This choice is kept on this computer only.</source>
        <translation>SalesDesk merkitsee uudet liidit ja seurannat sinulle ja näyttää ”omat” liidit ensin. Valinta tallentuu vain tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Uusi myyjä…</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Minä olen:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>e.g. AV</source>
        <translation>esim. AV</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Nimikirjaimet:</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
</context>
</TS>
