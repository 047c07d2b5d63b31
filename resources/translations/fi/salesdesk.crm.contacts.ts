<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Contacts</name>
    <message>
        <source>Give the organization&apos;s name.</source>
        <translation>Anna organisaation nimi.</translation>
    </message>
    <message>
        <source>Give at least a first or a last name.</source>
        <translation>Anna vähintään etu- tai sukunimi.</translation>
    </message>
    <message>
        <source>An organization cannot belong to itself.</source>
        <translation>Organisaatio ei voi kuulua itseensä.</translation>
    </message>
    <message>
        <source>Contact {id} no longer exists.</source>
        <translation>Kontaktia {id} ei enää ole.</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>sama sähköposti</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>sama puhelin</translation>
    </message>
    <message>
        <source>same business ID</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <source>similar name at the same organization</source>
        <translation>samankaltainen nimi samassa organisaatiossa</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>samankaltainen nimi</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Kontaktia ei voi yhdistää itseensä.</translation>
    </message>
    <message>
        <source>One of the contacts no longer exists.</source>
        <translation>Toista kontakteista ei enää ole.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Tämä yhdistäminen on jo peruttu.</translation>
    </message>
    <message>
        <source>The merged contact no longer exists.</source>
        <translation>Yhdistettyä kontaktia ei enää ole.</translation>
    </message>
</context>
</TS>
