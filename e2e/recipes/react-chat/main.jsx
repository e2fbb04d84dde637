// Recipe: a React 19 chat built with chatscope's chat UI kit, Glassbox's notice before the input,
// the assistant's messages labelled "AI" through `mark`, and an explanation as a property.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import "@chatscope/chat-ui-kit-styles/dist/default/styles.min.css";
import { ChatContainer, MainContainer, Message, MessageInput, MessageList } from "@chatscope/chat-ui-kit-react";
import { defineElements } from "glassbox-widget";
import { decision } from "../decision.js";

function App() {
  const [messages, setMessages] = useState([{ text: "Hello, I am Aria. How can I help?", incoming: true }]);
  const send = (_html, text) =>
    setMessages((all) => [...all, { text, incoming: false }, { text: `You asked: ${text}. Here is what I found.`, incoming: true }]);
  return (
    <main>
      <div id="chat" style={{ height: 480, display: "flex", flexDirection: "column", marginBottom: 16 }}>
        <glassbox-notice system="Aria" variant="inline" mark=".cs-message--incoming"></glassbox-notice>
        <MainContainer style={{ flex: 1, minHeight: 0 }}>
          <ChatContainer>
            <MessageList>
              {messages.map((m, i) => (
                <Message key={i} model={{ message: m.text, direction: m.incoming ? "incoming" : "outgoing", position: "single" }} />
              ))}
            </MessageList>
            <MessageInput placeholder="Type a message" attachButton={false} onSend={send} />
          </ChatContainer>
        </MainContainer>
      </div>
      <glassbox-explanation explanation={decision}></glassbox-explanation>
    </main>
  );
}

// Defined first, so that React 19 sets `explanation` as a property, not as an attribute.
await defineElements({ controller: "Example Bank SA", privacyPolicy: "/privacy.html" });
createRoot(document.getElementById("app")).render(<App />);
