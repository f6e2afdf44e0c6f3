"""Client of a Search-R1 retriever (`POST /retrieve`): batched queries, timeouts and bounded retries."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx


class RetrieverUnavailable(RuntimeError):
    """The retriever could not be reached or kept failing; the message says where and how."""


@dataclass(frozen=True)
class Document:
    id: str
    contents: str
    score: float | None = None


class RetrieverClient:
    """``retrieve(queries, topk)`` -> one list of `Document` per query.

    Args:
        url: the server's base URL (``http://127.0.0.1:8000``); ``/retrieve`` is appended.
        timeout: seconds per request.
        retries: further attempts after a connection error, a timeout or a 5xx (4xx are not retried).
        backoff: seconds before the first retry, doubled each time.
    """

    def __init__(self, url: str, *, timeout: float = 10.0, retries: int = 2, backoff: float = 0.2):
        self.url = url.rstrip("/") + "/retrieve"
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._http = httpx.Client(timeout=timeout)

    def retrieve(self, queries: list[str], topk: int = 3) -> list[list[Document]]:
        payload = {"queries": list(queries), "topk": topk, "return_scores": True}
        delay, last_error = self.backoff, None
        for attempt in range(self.retries + 1):
            try:
                response = self._http.post(self.url, json=payload)
            except (httpx.TransportError, httpx.TimeoutException) as error:
                last_error = f"{type(error).__name__}: {error}"
            else:
                if response.status_code < 400:
                    return [
                        [Document(d["document"]["id"], d["document"]["contents"], d.get("score")) for d in docs]
                        for docs in response.json()["result"]
                    ]
                if response.status_code < 500:
                    raise ValueError(
                        f"The retriever at {self.url} rejected the request ({response.status_code}): "
                        f"{response.text[:300]}"
                    )
                last_error = f"HTTP {response.status_code}"
            if attempt < self.retries:
                time.sleep(delay)
                delay *= 2
        raise RetrieverUnavailable(
            f"No answer from the retriever at {self.url} after {self.retries + 1} attempts ({last_error}). Start one "
            "with `python -m sdar_trl.envs.search_qa.server --corpus CORPUS.jsonl` or point `retriever_url` at yours."
        )

    def close(self) -> None:
        self._http.close()
