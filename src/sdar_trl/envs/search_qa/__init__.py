"""Search-QA: the environment, the Search-R1 retriever API it calls (server, client, BM25 index) and answer metrics."""

from .env import SearchQAEnv


__all__ = ["SearchQAEnv"]
