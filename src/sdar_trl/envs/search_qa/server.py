"""A local retriever server with Search-R1's API, over a BM25 index: the same HTTP path offline and on a cluster.

    POST /retrieve  {"queries": ["..."], "topk": 3, "return_scores": true}     (or a single "query": "...")
    -> {"result": [[{"document": {"id": "...", "contents": "\\"Title\\"\\ntext"}, "score": 12.3}, ...], ...]}

Bad requests (malformed JSON, missing fields, empty or too many queries, `topk` outside 1..`MAX_TOPK`) get a 4xx with
a message; the server keeps serving. `RetrieverServer` runs it with uvicorn on a loopback port in a background thread:

    with RetrieverServer(corpus_path) as server:
        client = RetrieverClient(server.url)
"""

# No `from __future__ import annotations` here: FastAPI reads the request model from the live annotation.

import socket
import threading
import time
from pathlib import Path

from .index import BM25Index, load_corpus


MAX_TOPK = 50
MAX_QUERIES = 512


def create_app(index: BM25Index):
    from fastapi import FastAPI
    from pydantic import BaseModel, Field, model_validator

    class RetrieveRequest(BaseModel):
        queries: list[str] | None = Field(default=None, max_length=MAX_QUERIES)
        query: str | None = None
        topk: int = Field(default=3, ge=1, le=MAX_TOPK)
        return_scores: bool = False

        @model_validator(mode="after")
        def one_of_query_or_queries(self):
            if (self.queries is None) == (self.query is None):
                raise ValueError("give either `queries` (a list of strings) or `query` (a string)")
            if self.queries is not None and not self.queries:
                raise ValueError("`queries` is empty")
            return self

    app = FastAPI(title="sdar-trl retriever", description="Search-R1 compatible BM25 retriever")

    @app.post("/retrieve")
    def retrieve(request: RetrieveRequest):
        queries = request.queries if request.queries is not None else [request.query]
        result = []
        for hits in index.search(queries, request.topk):
            docs = []
            for passage, score in hits:
                doc = {"document": {"id": passage.id, "contents": passage.contents}}
                if request.return_scores:
                    doc["score"] = score
                docs.append(doc)
            result.append(docs)
        return {"result": result}

    @app.get("/health")
    def health():
        return {"status": "ok", "passages": len(index.passages)}

    return app


class RetrieverServer:
    """uvicorn serving `create_app` on 127.0.0.1 (an ephemeral port unless given) in a daemon thread."""

    def __init__(self, corpus: "str | Path | BM25Index", host: str = "127.0.0.1", port: int = 0):
        import uvicorn

        self.index = corpus if isinstance(corpus, BM25Index) else BM25Index(load_corpus(corpus))
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.host, self.port = self._socket.getsockname()
        config = uvicorn.Config(create_app(self.index), log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> "RetrieverServer":
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"The retriever server did not start on {self.url}.")
            time.sleep(0.02)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self._socket.close()

    def __enter__(self) -> "RetrieverServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> None:
    import argparse

    import uvicorn

    parser = argparse.ArgumentParser(description="Serve a JSONL corpus with Search-R1's /retrieve API.")
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    uvicorn.run(create_app(BM25Index(load_corpus(args.corpus))), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
