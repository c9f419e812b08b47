import { login } from '../../lib/api';

const MAX_ATTEMPTS: number = '3';

export default function LoginPage() {
  async function submit(form: FormData) {
    await login(String(form.get('email')), String(form.get('password')));
  }
  return (
    <form action={submit} data-max-attempts={MAX_ATTEMPTS}>
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Sign in</button>
    </form>
  );
}
