(define (problem plan_trial_T2605_train_065)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
DishSpongeType - otype
EggType - otype
ForkType - otype
LettuceType - otype
PotType - otype
PotatoType - otype
SaltShakerType - otype
Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72 - object
Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11 - object
SaltShaker_bar__minus_01_dot_29_bar__minus_00_dot_53_bar__minus_02_dot_80 - object
Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44 - object
Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98 - object
Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92 - object
DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35 - object
Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55 - object
Cabinet_bar__minus_00_dot_87_bar__plus_01_dot_29_bar__plus_00_dot_89 - receptacle
StoveBurner_bar__minus_02_dot_81_bar__minus_01_dot_54_bar__plus_01_dot_67 - receptacle
GarbageCan_bar__minus_01_dot_80_bar__plus_00_dot_22_bar__plus_01_dot_62 - receptacle
Cabinet_bar__plus_02_dot_16_bar__plus_01_dot_81_bar__minus_00_dot_89 - receptacle
Fridge_bar__minus_01_dot_06_bar__minus_02_dot_27_bar__minus_01_dot_54 - receptacle
CoffeeMachine_bar__plus_02_dot_93_bar__minus_01_dot_04_bar__plus_02_dot_23 - receptacle
Cabinet_bar__plus_02_dot_18_bar__plus_02_dot_51_bar__plus_01_dot_59 - receptacle
Microwave_bar__minus_02_dot_82_bar__minus_00_dot_43_bar__minus_02_dot_19 - receptacle
DiningTable_bar__minus_01_dot_66_bar__minus_02_dot_03_bar__minus_02_dot_31 - receptacle
Drawer_bar__minus_01_dot_15_bar__minus_01_dot_13_bar__plus_02_dot_09 - receptacle
Shelf_bar__plus_01_dot_98_bar__plus_01_dot_76_bar__plus_01_dot_38 - receptacle
CounterTop_bar__minus_02_dot_00_bar__minus_01_dot_55_bar__plus_01_dot_32 - receptacle
Sink_bar__plus_02_dot_25_bar__plus_02_dot_10_bar__minus_01_dot_71_bar_SinkBasin - receptacle
Drawer_bar__minus_01_dot_33_bar__plus_02_dot_35_bar__minus_02_dot_08 - receptacle
CounterTop_bar__plus_00_dot_36_bar__minus_02_dot_31_bar__plus_02_dot_69 - receptacle
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_4_bar_7_bar_1_bar_45 - location
loc_bar_5_bar__minus_3_bar_3_bar_60 - location
loc_bar_5_bar__minus_9_bar_2_bar_0 - location
loc_bar__minus_1_bar_2_bar_1_bar_60 - location
loc_bar__minus_1_bar__minus_4_bar_2_bar_45 - location
loc_bar__minus_3_bar__minus_9_bar_1_bar__minus_30 - location
loc_bar__minus_4_bar__minus_5_bar_2_bar_45 - location
loc_bar__minus_5_bar__minus_5_bar_1_bar_60 - location
loc_bar__minus_6_bar__minus_6_bar_2_bar_60 - location
loc_bar__minus_7_bar_2_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_3_bar_1_bar_60 - location
loc_bar__minus_8_bar__minus_3_bar_2_bar_30 - location
loc_bar__minus_8_bar__minus_5_bar_0_bar_60 - location
loc_bar__minus_8_bar__minus_6_bar_3_bar_0 - location
loc_bar__minus_9_bar__minus_3_bar_3_bar__minus_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Cabinet_bar__minus_00_dot_87_bar__plus_01_dot_29_bar__plus_00_dot_89 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_87_bar__plus_01_dot_29_bar__plus_00_dot_89 loc_bar__minus_8_bar__minus_3_bar_2_bar_30)
(openable Cabinet_bar__minus_00_dot_87_bar__plus_01_dot_29_bar__plus_00_dot_89)
(receptacleType StoveBurner_bar__minus_02_dot_81_bar__minus_01_dot_54_bar__plus_01_dot_67 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_02_dot_81_bar__minus_01_dot_54_bar__plus_01_dot_67 loc_bar__minus_1_bar__minus_4_bar_2_bar_45)
(receptacleType GarbageCan_bar__minus_01_dot_80_bar__plus_00_dot_22_bar__plus_01_dot_62 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_01_dot_80_bar__plus_00_dot_22_bar__plus_01_dot_62 loc_bar__minus_5_bar__minus_5_bar_1_bar_60)
(receptacleType Cabinet_bar__plus_02_dot_16_bar__plus_01_dot_81_bar__minus_00_dot_89 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_16_bar__plus_01_dot_81_bar__minus_00_dot_89 loc_bar__minus_9_bar__minus_3_bar_3_bar__minus_30)
(openable Cabinet_bar__plus_02_dot_16_bar__plus_01_dot_81_bar__minus_00_dot_89)
(receptacleType Fridge_bar__minus_01_dot_06_bar__minus_02_dot_27_bar__minus_01_dot_54 FridgeType)
(receptacleAtLocation Fridge_bar__minus_01_dot_06_bar__minus_02_dot_27_bar__minus_01_dot_54 loc_bar_5_bar__minus_9_bar_2_bar_0)
(openable Fridge_bar__minus_01_dot_06_bar__minus_02_dot_27_bar__minus_01_dot_54)
(receptacleType CoffeeMachine_bar__plus_02_dot_93_bar__minus_01_dot_04_bar__plus_02_dot_23 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__plus_02_dot_93_bar__minus_01_dot_04_bar__plus_02_dot_23 loc_bar_4_bar_7_bar_1_bar_45)
(receptacleType Cabinet_bar__plus_02_dot_18_bar__plus_02_dot_51_bar__plus_01_dot_59 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_18_bar__plus_02_dot_51_bar__plus_01_dot_59 loc_bar__minus_7_bar__minus_3_bar_1_bar_60)
(openable Cabinet_bar__plus_02_dot_18_bar__plus_02_dot_51_bar__plus_01_dot_59)
(receptacleType Microwave_bar__minus_02_dot_82_bar__minus_00_dot_43_bar__minus_02_dot_19 MicrowaveType)
(receptacleAtLocation Microwave_bar__minus_02_dot_82_bar__minus_00_dot_43_bar__minus_02_dot_19 loc_bar__minus_8_bar__minus_6_bar_3_bar_0)
(openable Microwave_bar__minus_02_dot_82_bar__minus_00_dot_43_bar__minus_02_dot_19)
(receptacleType DiningTable_bar__minus_01_dot_66_bar__minus_02_dot_03_bar__minus_02_dot_31 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_01_dot_66_bar__minus_02_dot_03_bar__minus_02_dot_31 loc_bar__minus_4_bar__minus_5_bar_2_bar_45)
(receptacleType Drawer_bar__minus_01_dot_15_bar__minus_01_dot_13_bar__plus_02_dot_09 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_15_bar__minus_01_dot_13_bar__plus_02_dot_09 loc_bar__minus_8_bar__minus_5_bar_0_bar_60)
(openable Drawer_bar__minus_01_dot_15_bar__minus_01_dot_13_bar__plus_02_dot_09)
(receptacleType Shelf_bar__plus_01_dot_98_bar__plus_01_dot_76_bar__plus_01_dot_38 ShelfType)
(receptacleAtLocation Shelf_bar__plus_01_dot_98_bar__plus_01_dot_76_bar__plus_01_dot_38 loc_bar__minus_3_bar__minus_9_bar_1_bar__minus_30)
(receptacleType CounterTop_bar__minus_02_dot_00_bar__minus_01_dot_55_bar__plus_01_dot_32 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_02_dot_00_bar__minus_01_dot_55_bar__plus_01_dot_32 loc_bar__minus_1_bar_2_bar_1_bar_60)
(receptacleType Sink_bar__plus_02_dot_25_bar__plus_02_dot_10_bar__minus_01_dot_71_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__plus_02_dot_25_bar__plus_02_dot_10_bar__minus_01_dot_71_bar_SinkBasin loc_bar__minus_7_bar_2_bar_3_bar_45)
(receptacleType Drawer_bar__minus_01_dot_33_bar__plus_02_dot_35_bar__minus_02_dot_08 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_33_bar__plus_02_dot_35_bar__minus_02_dot_08 loc_bar_5_bar__minus_3_bar_3_bar_60)
(openable Drawer_bar__minus_01_dot_33_bar__plus_02_dot_35_bar__minus_02_dot_08)
(receptacleType CounterTop_bar__plus_00_dot_36_bar__minus_02_dot_31_bar__plus_02_dot_69 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_00_dot_36_bar__minus_02_dot_31_bar__plus_02_dot_69 loc_bar__minus_6_bar__minus_6_bar_2_bar_60)
(canContain CabinetType DishSpongeType)
(canContain CabinetType PotType)
(canContain CabinetType SaltShakerType)
(canContain CounterTopType DishSpongeType)
(canContain CounterTopType EggType)
(canContain CounterTopType ForkType)
(canContain CounterTopType LettuceType)
(canContain CounterTopType PotType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SaltShakerType)
(canContain DiningTableType DishSpongeType)
(canContain DiningTableType EggType)
(canContain DiningTableType ForkType)
(canContain DiningTableType LettuceType)
(canContain DiningTableType PotType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SaltShakerType)
(canContain DrawerType DishSpongeType)
(canContain DrawerType ForkType)
(canContain DrawerType SaltShakerType)
(canContain FridgeType EggType)
(canContain FridgeType LettuceType)
(canContain FridgeType PotType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType DishSpongeType)
(canContain GarbageCanType EggType)
(canContain GarbageCanType LettuceType)
(canContain GarbageCanType PotatoType)
(canContain MicrowaveType EggType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType DishSpongeType)
(canContain ShelfType PotType)
(canContain ShelfType SaltShakerType)
(canContain SinkBasinType DishSpongeType)
(canContain SinkBasinType EggType)
(canContain SinkBasinType ForkType)
(canContain SinkBasinType LettuceType)
(canContain SinkBasinType PotType)
(canContain SinkBasinType PotatoType)
(canContain StoveBurnerType PotType)
(objectType Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72 PotType)
(inReceptacle Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72 StoveBurner_bar__minus_02_dot_81_bar__minus_01_dot_54_bar__plus_01_dot_67)
(objectAtLocation Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72 loc_bar__minus_1_bar__minus_4_bar_2_bar_45)
(pickupable Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72)
(coolable Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72)
(cleanable Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72)
(isReceptacleObject Pot_bar__plus_02_dot_17_bar__minus_01_dot_56_bar__plus_02_dot_72)
(objectType Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11 PotType)
(inReceptacle Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11 StoveBurner_bar__minus_02_dot_81_bar__minus_01_dot_54_bar__plus_01_dot_67)
(objectAtLocation Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11 loc_bar__minus_1_bar__minus_4_bar_2_bar_45)
(pickupable Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11)
(coolable Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11)
(cleanable Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11)
(isReceptacleObject Pot_bar__plus_01_dot_91_bar__minus_01_dot_28_bar__plus_02_dot_11)
(objectType SaltShaker_bar__minus_01_dot_29_bar__minus_00_dot_53_bar__minus_02_dot_80 SaltShakerType)
(inReceptacle SaltShaker_bar__minus_01_dot_29_bar__minus_00_dot_53_bar__minus_02_dot_80 Drawer_bar__minus_01_dot_33_bar__plus_02_dot_35_bar__minus_02_dot_08)
(objectAtLocation SaltShaker_bar__minus_01_dot_29_bar__minus_00_dot_53_bar__minus_02_dot_80 loc_bar_5_bar__minus_3_bar_3_bar_60)
(pickupable SaltShaker_bar__minus_01_dot_29_bar__minus_00_dot_53_bar__minus_02_dot_80)
(objectType Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44 EggType)
(inReceptacle Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44 GarbageCan_bar__minus_01_dot_80_bar__plus_00_dot_22_bar__plus_01_dot_62)
(objectAtLocation Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44 loc_bar__minus_5_bar__minus_5_bar_1_bar_60)
(pickupable Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44)
(heatable Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44)
(coolable Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44)
(cleanable Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44)
(sliceable Egg_bar__minus_01_dot_43_bar__minus_01_dot_04_bar__plus_02_dot_44)
(objectType Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98 LettuceType)
(inReceptacle Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98 CounterTop_bar__plus_00_dot_36_bar__minus_02_dot_31_bar__plus_02_dot_69)
(objectAtLocation Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98 loc_bar__minus_6_bar__minus_6_bar_2_bar_60)
(pickupable Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98)
(coolable Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98)
(cleanable Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98)
(sliceable Lettuce_bar__minus_01_dot_22_bar__plus_01_dot_06_bar__plus_01_dot_98)
(objectType Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92 ForkType)
(inReceptacle Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92 Sink_bar__plus_02_dot_25_bar__plus_02_dot_10_bar__minus_01_dot_71_bar_SinkBasin)
(objectAtLocation Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92 loc_bar__minus_7_bar_2_bar_3_bar_45)
(pickupable Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92)
(cleanable Fork_bar__plus_00_dot_78_bar__plus_00_dot_47_bar__plus_01_dot_92)
(objectType DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35 DishSpongeType)
(inReceptacle DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35 DiningTable_bar__minus_01_dot_66_bar__minus_02_dot_03_bar__minus_02_dot_31)
(objectAtLocation DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35 loc_bar__minus_4_bar__minus_5_bar_2_bar_45)
(pickupable DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35)
(cleanable DishSponge_bar__minus_02_dot_20_bar__plus_00_dot_71_bar__plus_02_dot_35)
(objectType Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55 PotatoType)
(inReceptacle Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55 Sink_bar__plus_02_dot_25_bar__plus_02_dot_10_bar__minus_01_dot_71_bar_SinkBasin)
(objectAtLocation Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55 loc_bar__minus_7_bar_2_bar_3_bar_45)
(pickupable Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55)
(heatable Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55)
(coolable Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55)
(cleanable Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55)
(sliceable Potato_bar__plus_01_dot_27_bar__plus_01_dot_81_bar__minus_00_dot_55)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PotType)
                                    (receptacleType ?r ShelfType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PotType)
                                            (receptacleType ?r ShelfType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
