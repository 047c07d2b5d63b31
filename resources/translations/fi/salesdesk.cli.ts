<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentit</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>näytä ohjelman versio ja lopeta</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>tuntematon valinta: %(value)r (vaihtoehdot: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>nämä argumentit puuttuvat: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä argumenttia</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>SalesDesk: leads, funnel, follow-ups and referrals, offline.</source>
        <translation>SalesDesk: liidit, myyntiputki, seurannat ja suosittelut – myös ilman verkkoa.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMENTO</translation>
    </message>
    <message>
        <source>database file or postgresql+psycopg:// address (default: your data folder)</source>
        <translation>tietokantatiedosto tai postgresql+psycopg://-osoite (oletus: oma datakansiosi)</translation>
    </message>
    <message>
        <source>language (default: the system&apos;s)</source>
        <translation>kieli (oletus: järjestelmän kieli)</translation>
    </message>
    <message>
        <source>argument {name}: not UTF-8 text: {value}</source>
        <translation>argumentti {name}: ei ole UTF-8-tekstiä: {value}</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>Tietokannan levy on täynnä: mitään ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>keskeytetty</translation>
    </message>
</context>
</TS>
