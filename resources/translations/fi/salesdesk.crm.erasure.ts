<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Privacy</name>
    <message>
        <source>Contact {id} does not exist.</source>
        <translation>Kontaktia {id} ei ole.</translation>
    </message>
    <message>
        <source>Another program has the database open, so the file may still hold old copies of the data: close it and erase again.</source>
        <translation>Tietokanta on auki toisessa ohjelmassa, joten tiedostossa voi vielä olla vanhoja kopioita tiedoista: sulje se ja poista tiedot uudelleen.</translation>
    </message>
    <message>
        <source>Backups made before the erase that still hold this person: {n}. Erase again with --purge-backups to re-make them without the person.</source>
        <translation>Ennen poistoa tehtyjä varmuuskopioita, joissa tämän henkilön tiedot ovat yhä: {n}. Poista uudelleen valitsimella --purge-backups, niin ne tehdään uudelleen ilman häntä.</translation>
    </message>
    <message>
        <source>Backups made before the erase that still hold this person: {n}.</source>
        <translation>Ennen poistoa tehtyjä varmuuskopioita, joissa tämän henkilön tiedot ovat yhä: {n}.</translation>
    </message>
    <message>
        <source>Backups re-made without the person: {n}.</source>
        <translation>Varmuuskopioita tehty uudelleen ilman henkilöä: {n}.</translation>
    </message>
    <message>
        <source>Backups deleted because they could not be re-made: {n}.</source>
        <translation>Varmuuskopioita poistettu, koska niitä ei voitu tehdä uudelleen: {n}.</translation>
    </message>
</context>
</TS>
