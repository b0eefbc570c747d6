namespace Obligations.Runtime;

/// <summary>Marks a decimal property as an amount of money in <see cref="Currency"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MoneyAttribute(string currency) : Attribute
{
    public string Currency { get; } = currency;
}
