"""Small lists written by the team in the real formats, with the real quirks."""

from __future__ import annotations

from pathlib import Path

SDN_ROWS = [
    '17674,"OSEGUERA CERVANTES, Nemesio","individual","SDNTK] [ILLICIT-DRUGS-EO14059",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    '"DOB 17 Jul 1966; alt. DOB 17 Jul 1964; POB Naranjo de Chila, Michoacan, Mexico; nationality Mexico; '
    "Gender Male; a.k.a. 'Mencho'; Linked To: CARTEL DE JALISCO NUEVA GENERACION.\"",
    '16000,"CARTEL DE JALISCO NUEVA GENERACION","-0- ","SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    "\"a.k.a. 'CJNG'; a.k.a. 'NEW GENERATION JALISCO CARTEL'.\"",
    '4697,"HIZBALLAH",-0- ,"FTO] [SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. \'PARTY OF GOD\'."',
    '90001,"NU\xd1EZ GARC\xcdA, Jos\xe9","individual","SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970; Passport A123 (Mexico)."',
    '90002,"EXPORTADORA EJEMPLO, S.A. DE C.V.",-0- ,"SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
    '90003,"TOO FEW FIELDS"',
    '90002,"EXPORTADORA EJEMPLO, S.A. DE C.V.",-0- ,"SDNTK",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
]
ALT_ROWS = ['4697,1,"aka","HEZBOLLAH",-0- ', '99999,2,"aka","JOINS NOTHING",-0- ']
ADD_ROWS = ['17674,1,-0- ,"Guadalajara, Jalisco","Mexico",-0- ']

UN_XML = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2020-11-30T20:31:19.923-05:00"><INDIVIDUALS>
<INDIVIDUAL><DATAID>1001</DATAID><FIRST_NAME>AYMAN</FIRST_NAME><SECOND_NAME>AL-ZAWAHIRI</SECOND_NAME>
<UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.006</REFERENCE_NUMBER><LISTED_ON>2001-01-25</LISTED_ON>
<NATIONALITY><VALUE>Egypt</VALUE></NATIONALITY><INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Ayman al-Zawahari</ALIAS_NAME></INDIVIDUAL_ALIAS>
<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1951-06-19</DATE></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>
</INDIVIDUALS><ENTITIES>
<ENTITY><DATAID>2002</DATAID><FIRST_NAME>AL-QAIDA</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
<ENTITY_ALIAS><ALIAS_NAME>The Base</ALIAS_NAME></ENTITY_ALIAS></ENTITY>
</ENTITIES></CONSOLIDATED_LIST>
"""


# sdn_advanced.xml cut down to six parties: the structure, ids of reference values and attributes of the real file.
OFAC_ADVANCED_XML = Path(__file__).with_name("data") / "sdn_advanced.xml"


def write_ofac(folder: Path) -> Path:
    """SDN, ALT and ADD as OFAC ships them: latin-1, CRLF, no header, a Ctrl-Z at the end."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("sdn.csv", SDN_ROWS), ("alt.csv", ALT_ROWS), ("add.csv", ADD_ROWS)):
        (folder / name).write_bytes(("\r\n".join(rows) + "\r\n").encode("latin-1") + b"\x1a")
    return folder / "sdn.csv"
