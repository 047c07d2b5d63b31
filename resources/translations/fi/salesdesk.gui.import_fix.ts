<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ImportFixRow</name>
    <message>
        <source>Fix row {row}</source>
        <translation>Korjaa rivi {row}</translation>
    </message>
    <message>
        <source>Correct the cells as they should have been in the sheet; they are checked again with the same rules as the whole file. Marked cells have a problem.</source>
        <translation>Korjaa solut sellaisiksi kuin niiden olisi pitänyt olla taulukossa. Ne tarkistetaan uudelleen samoilla säännöillä kuin koko tiedosto. Merkityissä soluissa on ongelma.</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Taulukon sarake</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Käytä</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Peru muutokset</translation>
    </message>
    <message>
        <source>Put back the values this dialog opened with</source>
        <translation>Palauta arvot, joilla ikkuna avattiin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>ei tuoda</translation>
    </message>
    <message>
        <source>Row {row} is not valid and will not be imported.</source>
        <translation>Rivi {row} on virheellinen, eikä sitä tuoda.</translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}.</source>
        <translation>Virheitä: {errors}, varoituksia: {warnings}.</translation>
    </message>
    <message>
        <source>Row {row} will be imported ({group}).</source>
        <translation>Rivi {row} tuodaan ({group}).</translation>
    </message>
    <message>
        <source>Warnings: {warnings}; those values are left out unless you correct them.</source>
        <translation>Varoituksia: {warnings}. Näitä arvoja ei tuoda, ellet korjaa niitä.</translation>
    </message>
    <message>
        <source>Nothing was changed: correct a marked cell first.</source>
        <translation>Mitään ei muutettu: korjaa ensin jokin merkitty solu.</translation>
    </message>
</context>
</TS>
