<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>which ones: overdue, due by the end of today or of this week (overdue included), or all</source>
        <translation>mitkä: myöhässä, tämän päivän tai tämän viikon loppuun mennessä erääntyvät (myöhässä olevat mukana) tai kaikki</translation>
    </message>
    <message>
        <source>only this owner&apos;s (name, initials or e-mail)</source>
        <translation>vain tämän myyjän (nimi, nimikirjaimet tai sähköposti)</translation>
    </message>
    <message>
        <source>only this kind (may be repeated)</source>
        <translation>vain tämä tyyppi (voi toistaa)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>also write them to an .ics calendar file</source>
        <translation>kirjoita ne myös .ics-kalenteritiedostoon</translation>
    </message>
    <message>
        <source>No owner called {name}.</source>
        <translation>Myyjää nimeltä {name} ei ole.</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Ei avoimia seurantoja.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Wrote {count} follow-ups to {path}</source>
        <translation>Kirjoitettiin {count} seurantaa tiedostoon {path}</translation>
    </message>
    <message>
        <source>list open follow-ups, or export them to a calendar (.ics)</source>
        <translation>listaa avoimet seurannat tai vie ne kalenteriin (.ics)</translation>
    </message>
</context>
</TS>
