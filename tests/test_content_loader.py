"""A moderator's bad edit must be named by file and line, and must cost only its own topic."""

from pathlib import Path

from bot.content import errors, load_content


def _problems_for(root: Path, path: str) -> list[str]:
    _, problems = load_content(root)
    return [str(p) for p in errors(problems) if p.path == path]


def test_shipped_content_loads_without_errors(content_copy):
    content, problems = load_content(content_copy)
    assert errors(problems) == []
    assert len(content.topics) >= 41


def test_yaml_syntax_error_names_file_and_line(content_copy):
    path = content_copy / "answers" / "grooming.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "title: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    found = _problems_for(content_copy, "answers/grooming.yaml")
    assert found and found[0].startswith("answers/grooming.yaml:")
    line = int(found[0].split(":")[1])
    assert 4 <= line <= 6
    assert "YAML syntax" in found[0]


def test_broken_topic_is_left_out_and_the_rest_still_loads(content_copy):
    (content_copy / "answers" / "grooming.yaml").write_text("topic: [oops", encoding="utf-8")
    content, _ = load_content(content_copy)
    assert "grooming" not in content.topics
    assert "sextortion" in content.topics


def test_unknown_key_suggests_the_right_one(content_copy):
    path = content_copy / "answers" / "cyberbullying.yaml"
    text = path.read_text(encoding="utf-8").replace("\nanswer:", "\nanwser:", 1)
    path.write_text(text, encoding="utf-8")
    found = _problems_for(content_copy, "answers/cyberbullying.yaml")
    assert any("unknown key 'anwser'" in p and "did you mean 'answer'" in p for p in found)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.startswith("anwser:"))
    assert any(p.startswith(f"answers/cyberbullying.yaml:{line}:") for p in found)


def test_missing_language_is_reported_with_what_to_add(content_copy):
    path = content_copy / "intents" / "thanks.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = lines.index("  id:")
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].startswith("    ")),
               len(lines))
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    found = _problems_for(content_copy, "intents/thanks.yaml")
    assert any("no 'id' examples" in p and "add 'id:'" in p for p in found)


def test_topic_field_must_match_file_name(content_copy):
    path = content_copy / "intents" / "greeting.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("topic: greeting", "topic: hello"),
                    encoding="utf-8")
    found = _problems_for(content_copy, "intents/greeting.yaml")
    assert any("does not match the file name 'greeting'" in p for p in found)


def test_content_version_changes_with_an_edit(content_copy):
    before, _ = load_content(content_copy)
    path = content_copy / "answers" / "thanks.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("reviewed:", "reviewed:", 1)
                    + "\n# edited\n", encoding="utf-8")
    same, _ = load_content(content_copy)
    assert same.version == before.version  # comments do not change what is served
    path.write_text(path.read_text(encoding="utf-8").replace("2026-11-22", "2026-11-21", 1),
                    encoding="utf-8")
    after, _ = load_content(content_copy)
    assert after.version != before.version


def test_a_broken_signal_is_named_by_file_and_line(content_copy):
    path = content_copy / "intents" / "stalking.yaml"
    text = path.read_text(encoding="utf-8").replace("    - bám theo\n", "    - []\n", 1)
    path.write_text(text, encoding="utf-8")
    found = _problems_for(content_copy, "intents/stalking.yaml")
    assert found and "empty cue" in found[0]
    line = int(found[0].split(":")[1])
    assert text.splitlines()[line - 1].strip() == "- []"
