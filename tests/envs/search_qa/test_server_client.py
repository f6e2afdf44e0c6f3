"""The local retriever server on loopback (Search-R1's API) and its client."""

import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest


pytest.importorskip("fastapi", reason="needs the `search` extra (installed in CI)")

from sdar_trl.envs.search_qa.client import RetrieverClient, RetrieverUnavailable  # noqa: E402
from sdar_trl.envs.search_qa.index import BM25Index, load_corpus  # noqa: E402
from sdar_trl.envs.search_qa.server import MAX_TOPK, RetrieverServer  # noqa: E402


CORPUS = Path(__file__).resolve().parents[3] / "src" / "sdar_trl" / "data" / "search_qa" / "corpus.jsonl"


@pytest.fixture(scope="module")
def server():
    with RetrieverServer(BM25Index(load_corpus(CORPUS))) as running:
        yield running


def test_known_queries_return_their_passage_first(server):
    passages = load_corpus(CORPUS)
    client = RetrieverClient(server.url)
    targets = [p for p in passages if p.title.startswith("The ")][:5]
    results = client.retrieve([t.title for t in targets], topk=3)
    assert [len(r) for r in results] == [3] * 5
    for target, docs in zip(targets, results):
        assert docs[0].id == target.id and docs[0].contents == f'"{target.title}"\n{target.text}'
        assert docs[0].score >= docs[1].score >= docs[2].score
    single = httpx.post(server.url + "/retrieve", json={"query": targets[0].title, "topk": 1}).json()
    assert single["result"][0][0]["document"]["id"] == targets[0].id and "score" not in single["result"][0][0]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        json.dumps({"topk": 3}).encode(),
        json.dumps({"queries": [], "topk": 3}).encode(),
        json.dumps({"queries": ["a"], "topk": MAX_TOPK + 1}).encode(),
        json.dumps({"queries": ["a"], "topk": 0}).encode(),
        json.dumps({"queries": "a string"}).encode(),
        json.dumps({"queries": ["a"], "query": "b"}).encode(),
    ],
    ids=["malformed", "missing", "empty", "huge-topk", "zero-topk", "not-a-list", "both"],
)
def test_bad_requests_get_4xx_and_the_server_keeps_serving(server, body):
    response = httpx.post(server.url + "/retrieve", content=body, headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500 and response.json()["detail"]
    assert httpx.get(server.url + "/health").json()["status"] == "ok"


def test_concurrent_clients(server):
    titles = [p.title for p in load_corpus(CORPUS)[:40]]

    def ask(title):
        return RetrieverClient(server.url).retrieve([title], topk=2)[0][0].contents.split("\n")[0].strip('"')

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, titles))
    assert sum(a == t for a, t in zip(answers, titles)) >= 38  # BM25 may rank a same-named passage first


def test_clean_shutdown():
    server = RetrieverServer(BM25Index(load_corpus(CORPUS))).start()
    url, port = server.url, server.port
    assert httpx.get(url + "/health").status_code == 200
    server.stop()
    assert not server._thread.is_alive()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


def test_client_against_a_server_that_is_down():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    client = RetrieverClient(f"http://127.0.0.1:{port}", retries=1, backoff=0.01, timeout=1)
    with pytest.raises(RetrieverUnavailable, match=r"after 2 attempts.*sdar_trl.envs.search_qa.server"):
        client.retrieve(["anything"])


def test_client_against_a_slow_server():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted = []
    stop = threading.Event()

    def accept_and_stay_silent():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept_and_stay_silent, daemon=True)
    thread.start()
    try:
        client = RetrieverClient(f"http://127.0.0.1:{listener.getsockname()[1]}", timeout=0.3, retries=1, backoff=0.01)
        with pytest.raises(RetrieverUnavailable, match="ReadTimeout"):
            client.retrieve(["anything"])
        assert len(accepted) == 2  # one try and one retry
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()
