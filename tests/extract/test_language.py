from nexus.extract.language import detect_language


def test_languages() -> None:
    assert detect_language("The Treasury designated the leader of the cartel and his network in Mexico today.") == "en"
    assert detect_language("La Fiscalía acusó a los líderes del cártel de lavar dinero para la organización.") == "es"
    assert detect_language("Le Trésor a sanctionné les dirigeants du cartel et leurs sociétés dans la région.") == "fr"
    assert detect_language("وزارة الخزانة الأمريكية فرضت عقوبات على شبكة حزب الله في أمريكا الجنوبية") == "ar"
    assert detect_language("CJNG") == "und"
    assert detect_language("") == "und"
