<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ImportField</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Full name (to be split)</source>
        <translation>Koko nimi (jaetaan)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>Toinen sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Matkapuhelin</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Contact notes</source>
        <translation>Yhteystiedon lisätiedot</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Liidin otsikko</translation>
    </message>
    <message>
        <source>Temperature (hot, warm, cold)</source>
        <translation>Lämpötila (kuuma, lämmin, kylmä)</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Arvioitu päätöspäivä</translation>
    </message>
    <message>
        <source>Date met (the lead&apos;s start)</source>
        <translation>Tapaamispäivä (liidin alku)</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Kaupan arvo</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Lähteen tarkenne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Lead notes</source>
        <translation>Liidin lisätiedot</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>Myyntiputken vaihe</translation>
    </message>
    <message>
        <source>Sales rep (owner)</source>
        <translation>Myyjä (vastuuhenkilö)</translation>
    </message>
    <message>
        <source>Lead source type</source>
        <translation>Liidin lähdetyyppi</translation>
    </message>
    <message>
        <source>SalesDesk contact ID</source>
        <translation>SalesDeskin yhteystieto-ID</translation>
    </message>
    <message>
        <source>SalesDesk lead ID</source>
        <translation>SalesDeskin liidi-ID</translation>
    </message>
    <message>
        <source>Is a company (yes/no)</source>
        <translation>Yritys (kyllä/ei)</translation>
    </message>
</context>
</TS>
