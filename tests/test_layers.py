"""Every module of a feature outside its ui/ package is Qt-free (the import-linter
contract names models/service/reports; this covers the helper modules beside them)."""

import grimp

FEATURES = ("members", "welfare", "rooms", "volunteers")
QT = ("PySide6", "shiboken6")


def test_feature_code_outside_ui_never_reaches_qt() -> None:
    graph = grimp.build_graph("station_app", include_external_packages=True)
    offenders = []
    for module in sorted(graph.modules):
        parts = module.split(".")
        if len(parts) < 3 or parts[1] not in (*FEATURES, "core") or "ui" in parts[2:]:
            continue
        for qt in QT:
            if qt in graph.modules and graph.chain_exists(module, qt, as_packages=True):
                chain = graph.find_shortest_chain(module, qt, as_packages=True)
                offenders.append(" -> ".join(chain or (module, qt)))
    assert offenders == []
