namespace Employment.IdentityNumbers;

/// <summary>Sex as encoded in a resident id number's sequence code (odd = male, even = female).</summary>
public enum Sex
{
    /// <summary>Odd sequence code.</summary>
    Male,

    /// <summary>Even sequence code.</summary>
    Female,
}
