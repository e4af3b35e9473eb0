"""Teams page: the brigade and its squads with their year's totals; administrators
add teams and skills; the desk only looks."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from station_app.volunteers.types import TeamInput
from station_app.volunteers.ui import teams_page
from station_app.volunteers.ui.tab import create_tab
from station_app.volunteers.ui.team_dialog import TeamDialog
from station_app.volunteers.ui.teams_page import HOURS, LEADER, NAME, SERVED, VOLUNTEERS, TeamsPage
from tests.volunteers.conftest import DAY, Brigade, at, count
from tests.volunteers.ui.conftest import context_for


def open_page(qtbot, b: Brigade, admin: bool = False) -> TeamsPage:  # type: ignore[no-untyped-def]
    page = TeamsPage(context_for(b, b.admin if admin else None))
    qtbot.addWidget(page)
    page.year.setValue(DAY.year)
    return page


def test_squads_show_under_the_brigade_with_totals(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    a = brigade.activity()
    s = brigade.shift(a, "09:00", "11:00")
    brigade.assign(s, "张伟")
    brigade.assign(s, "单丽")
    brigade.clock.set(at(DAY, "11:30"))
    brigade.assignments.all_attended(brigade.desk, s)
    west, east = brigade.squads["west"], brigade.squads["east"]
    brigade.teams.update_team(
        brigade.admin,
        west,
        TeamInput(
            name="太平桥西里社区工会志愿者服务分队",
            parent_id=brigade.brigade_id,
            community_id=next(r.community_id for r in brigade.teams.list_teams() if r.id == west),
            leader_volunteer_id=brigade.v["王芳"],
        ),
    )
    page = open_page(qtbot, brigade)
    assert page.tree.topLevelItemCount() == 1
    top = page.tree.topLevelItem(0)
    assert top.data(NAME, teams_page.ID_ROLE) == brigade.brigade_id
    assert top.childCount() == 2
    west_item, east_item = page.team_item(west), page.team_item(east)
    assert west_item is not None and east_item is not None
    assert west_item.parent() is top
    assert west_item.text(LEADER) == "王芳"
    assert west_item.text(VOLUNTEERS) == "3"  # 张伟, 王芳, 赵敏
    assert west_item.text(SERVED) == "1"
    assert west_item.text(HOURS) == "2.00"
    assert east_item.text(VOLUNTEERS) == "2"
    assert east_item.text(HOURS) == "2.00"
    assert "4.00" in page.summary.text()
    page.year.setValue(DAY.year - 1)  # nothing attended the year before
    west_item = page.team_item(west)
    assert west_item is not None and west_item.text(HOURS) == "0.00"
    # skills with how many volunteers have them
    texts = [page.skill_list.item(i).text() for i in range(page.skill_list.count())]
    assert any(t.startswith("急救") for t in texts)


def test_admin_adds_a_team_and_edits_its_leader(qtbot, brigade: Brigade, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, brigade, admin=True)
    assert page.add_button.isVisible() or not page.isVisible()
    assert not page.add_button.isHidden()

    def fill_new(dialog: TeamDialog) -> int:
        assert not dialog.leader.isEnabled()  # a new team has no volunteers yet
        assert dialog.parent_combo.currentData() == brigade.brigade_id
        dialog.name.setText("  ")
        assert not dialog.save()
        assert dialog.errors.text("name")
        dialog.name.setText("应急救援分队")
        assert dialog.save()
        return 1

    monkeypatch.setattr(TeamDialog, "exec", fill_new)
    page.add_button.click()
    new_id = page.current_team_id()
    assert new_id is not None
    assert page.current_team() is not None and page.current_team().name == "应急救援分队"  # type: ignore[union-attr]
    assert count(brigade.db, "team", "name = '应急救援分队'") == 1

    # edit the west squad: the leader is offered from its own volunteers only
    assert page.select_team(brigade.squads["west"])

    def pick_leader(dialog: TeamDialog) -> int:
        names = [dialog.leader.itemText(i) for i in range(dialog.leader.count())]
        assert "张伟" in names and "单丽" not in names
        dialog.leader.setCurrentIndex(dialog.leader.findData(brigade.v["张伟"]))
        assert dialog.save()
        return 1

    monkeypatch.setattr(TeamDialog, "exec", pick_leader)
    page.edit_button.click()
    item = page.team_item(brigade.squads["west"])
    assert item is not None and item.text(LEADER) == "张伟"
    assert page.current_team_id() == brigade.squads["west"]


def test_admin_adds_renames_and_retires_a_skill(qtbot, brigade: Brigade, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, brigade, admin=True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("心理疏导", True))
    page.add_skill_button.click()
    skill_id = page.current_skill_id()
    assert skill_id is not None
    assert "心理疏导" in page.skill_list.currentItem().text()
    assert count(brigade.db, "skill", "name = '心理疏导'") == 1

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("心理咨询", True))
    page.rename_skill_button.click()
    assert page.current_skill_id() == skill_id
    assert "心理咨询" in page.skill_list.currentItem().text()

    page.retire_skill_button.click()
    assert count(brigade.db, "skill", f"id = {skill_id} AND active = 0") == 1
    assert page.current_skill_id() == skill_id
    assert page.retire_skill_button.text() != "&Deactivate"  # now offers to reactivate
    page.retire_skill_button.click()
    assert count(brigade.db, "skill", f"id = {skill_id} AND active = 1") == 1


def test_duplicate_skill_is_refused_with_a_message(
    qtbot, brigade: Brigade, monkeypatch, message_boxes
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, brigade, admin=True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("急救", True))
    before = count(brigade.db, "skill")
    page.add_skill_button.click()
    assert message_boxes[-1][0] == "warning"
    assert count(brigade.db, "skill") == before


def test_desk_staff_cannot_edit(qtbot, brigade: Brigade, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, brigade)
    for button in (
        page.add_button,
        page.edit_button,
        page.default_button,
        page.add_skill_button,
        page.rename_skill_button,
        page.retire_skill_button,
    ):
        assert button.isHidden()
    assert not page.read_only.isHidden()
    assert not page.edit_button.isEnabled()

    def never(*_a, **_k):  # type: ignore[no-untyped-def]
        raise AssertionError("no dialog for the desk")

    monkeypatch.setattr(TeamDialog, "exec", never)
    monkeypatch.setattr(QInputDialog, "getText", never)
    teams_before, skills_before = count(brigade.db, "team"), count(brigade.db, "skill")
    page.add_team()
    page.edit_team()
    page.add_skill()
    page.rename_skill()
    page.toggle_skill()
    assert count(brigade.db, "team") == teams_before
    assert count(brigade.db, "skill") == skills_before


def test_tab_has_the_teams_page(qtbot, brigade: Brigade) -> None:  # type: ignore[no-untyped-def]
    tab = create_tab(context_for(brigade))
    qtbot.addWidget(tab)
    assert tab.pages.widget(tab.pages.count() - 1) is tab.teams_page
    tab.shutdown()
