<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ContactsView</name>
    <message>
        <source>Search contacts…</source>
        <translation>Hae kontakteja…</translation>
    </message>
    <message>
        <source>People and organizations</source>
        <translation>Henkilöt ja organisaatiot</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <source>Customers only</source>
        <translation>Vain asiakkaat</translation>
    </message>
    <message>
        <source>Article 14 notices due</source>
        <translation>Erääntyneet 14 artiklan ilmoitukset</translation>
    </message>
    <message>
        <source>Contacts from purchased lists not informed of the processing within a month (GDPR art. 14)</source>
        <translation>Ostolistojen kontaktit, joille ei ole kuukauden kuluessa ilmoitettu tietojen käsittelystä (GDPR 14 art.)</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Uusi kontakti…</translation>
    </message>
    <message>
        <source>Mark selected informed today</source>
        <translation>Merkitse valitut informoiduiksi tänään</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} kontaktia</translation>
    </message>
    <message>
        <source>{count} contacts whose article 14 notice is overdue</source>
        <translation>{count} kontaktia, joiden 14 artiklan ilmoitus on myöhässä</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Select the contacts you have informed.</source>
        <translation>Valitse kontaktit, joille olet ilmoittanut.</translation>
    </message>
</context>
</TS>
