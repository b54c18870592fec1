"""Querying code models: prompts, an OpenAI-compatible client with retries, and `effx generate`."""

from effx.generate.client import ChatClient, ChatError, ChatReply
from effx.generate.loop import GenerateConfig, GenerateError, GenerateSummary, generate, generate_async
from effx.generate.prompts import chat_messages, optimize_prompt, solve_prompt, stub_for

__all__ = [
    "ChatClient", "ChatError", "ChatReply", "GenerateConfig", "GenerateError", "GenerateSummary",
    "chat_messages", "generate", "generate_async", "optimize_prompt", "solve_prompt", "stub_for",
]
