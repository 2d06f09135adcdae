// The directory enforces the same confirmed list as the pathway content.
export { CONFIRMED_NUMBERS, isConfirmedNumber, phoneDigits } from "../../shared/verifiedNumbers";
