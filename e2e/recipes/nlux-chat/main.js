// Recipe: the nlux AI chat (plain JavaScript) with Glassbox's notice before its input, the input
// gated until the person acknowledges, and the assistant's messages labelled "AI" through `mark`.
import { createAiChat } from "@nlux/core";
// The unstyled theme: nova and luna load a web font from a third party.
import "@nlux/themes/unstyled.css";
import { defineElements } from "glassbox-widget";

await defineElements({ controller: "Example Bank SA", privacyPolicy: "/privacy.html" });
createAiChat()
  // A stand-in for your model's API.
  .withAdapter({ batchText: async (message) => `You asked: ${message}. Here is what I found.` })
  .withInitialConversation([{ role: "assistant", message: "Hello, I am Aria. How can I help?" }])
  .mount(document.getElementById("nlux"));
