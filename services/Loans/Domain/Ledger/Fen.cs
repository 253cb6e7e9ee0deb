namespace Employment.Loans.Domain.Ledger;

/// <summary>The one rounding rule of the ledger: to the whole fen, half up (away from zero).</summary>
public static class Fen
{
    public static long RoundHalfUp(decimal fen) => (long)Math.Round(fen, 0, MidpointRounding.AwayFromZero);
}
