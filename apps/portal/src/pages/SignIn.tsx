import { type FormEvent, useState } from "react";
import { FailureFields } from "../api/failure.ts";
import { useSubmit } from "../api/mutation.ts";
import { graphql } from "../graphql.ts";
import { common } from "../i18n/common.messages.ts";
import { useT } from "../i18n/i18n.tsx";
import { useSession } from "../session.tsx";
import { Button } from "../ui/Button.tsx";
import { Field } from "../ui/Field.tsx";
import { failureText, Notice } from "../ui/Notice.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";

const SignInMutation = graphql(
  `
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      __typename
      ... on User { id }
      ... on Error { ...FailureFields }
    }
  }
`,
  [FailureFields],
);

export function SignIn() {
  const t = useT(common);
  usePageTitle(t("signIn.title"));
  const { refresh } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, submit] = useSubmit(SignInMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await submit({ username: username.trim(), password });
    if (outcome.ok) {
      setPassword("");
      refresh();
      return;
    }
    const { failure } = outcome;
    // One generic message for unknown user, wrong password and lock-out, as the server words it.
    setMessage(
      failure.kind === "network" || failure.kind === "server" ? failureText(failure, t) : t("signIn.failed"),
    );
  }

  return (
    <main id="content" className="sign-in">
      <h1>{t("signIn.title")}</h1>
      <p>{t("signIn.intro")}</p>
      <form onSubmit={onSubmit} noValidate>
        {message ? <Notice kind="error">{message}</Notice> : null}
        <Field label={t("signIn.username")}>
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </Field>
        <Field label={t("signIn.password")}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Button type="submit" variant="primary" busy={busy}>
          {t("signIn.submit")}
        </Button>
      </form>
    </main>
  );
}
