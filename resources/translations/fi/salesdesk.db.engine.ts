<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Database</name>
    <message>
        <source>Not a valid database address: {target}</source>
        <translation>Virheellinen tietokannan osoite: {target}</translation>
    </message>
    <message>
        <source>Only SQLite files and PostgreSQL servers are supported, not {name}.</source>
        <translation>Vain SQLite-tiedostot ja PostgreSQL-palvelimet ovat tuettuja, ei {name}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>SalesDesk has no database driver called {driver}.</source>
        <translation>SalesDeskissä ei ole tietokanta-ajuria nimeltä {driver}.</translation>
    </message>
    <message>
        <source>SalesDesk does not understand the option {option} in {target}.</source>
        <translation>SalesDesk ei tunne osoitteen {target} asetusta {option}.</translation>
    </message>
    <message>
        <source>Give a database file: SalesDesk keeps your data in one.</source>
        <translation>Anna tietokantatiedosto: SalesDesk tallentaa tiedot tiedostoon.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Polussa {path} ei ole tietokantaa.</translation>
    </message>
    <message>
        <source>{path} is a link that leads back to itself.</source>
        <translation>{path} on linkki, joka osoittaa takaisin itseensä.</translation>
    </message>
    <message>
        <source>The file name {path} is too long.</source>
        <translation>Tiedostonimi {path} on liian pitkä.</translation>
    </message>
    <message>
        <source>Cannot read the database file {path}: {reason}</source>
        <translation>Tietokantatiedostoa {path} ei voitu lukea: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so it cannot hold a database.</source>
        <translation>{path} ei ole tavallinen tiedosto, joten siihen ei voi tallentaa tietokantaa.</translation>
    </message>
    <message>
        <source>{path} is not a SalesDesk database file.</source>
        <translation>{path} ei ole SalesDeskin tietokantatiedosto.</translation>
    </message>
    <message>
        <source>Another SalesDesk window or command kept {name} busy for {seconds} s; try again when it has finished.</source>
        <translation>Toinen SalesDesk-ikkuna tai -komento piti tietokannan {name} varattuna {seconds} s; yritä uudelleen, kun se on valmis.</translation>
    </message>
    <message>
        <source>{name} is open read-only: you can read and export, but not change anything.</source>
        <translation>{name} on avattu vain luku -tilassa: voit katsoa ja viedä tietoja, mutta et muuttaa niitä.</translation>
    </message>
    <message>
        <source>Another SalesDesk window or command is changing {name}; try again when it has finished.</source>
        <translation>Toinen SalesDesk-ikkuna tai -komento muuttaa tietokantaa {name}; yritä uudelleen, kun se on valmis.</translation>
    </message>
</context>
</TS>
